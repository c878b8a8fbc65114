/**
 * Quality checks in the editor: the whole document on demand (in a worker, cancellable), one
 * paragraph on confirm; false alarms remembered; checks switched on and off per project.
 */
import { qaSegments, runChecks, type QaCheck, type QaTermMatch } from '$lib/domain/qa/index.ts';
import type { QaIssue, Segment, TermEntry } from '$lib/domain/types.ts';
import type { TagTables } from '$lib/domain/formats/xliff/inline.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { QaClient } from '$lib/workers/qa-client.ts';

/** A finding tied to its segment, with the fingerprint its dismissal is remembered by. */
export interface QaFinding extends QaIssue {
	segmentId: string;
	fingerprint: string;
}

export class QaState {
	#repos: Repos;
	#projectId: string;
	#client: QaClient | null = null;

	findings = $state.raw<QaFinding[]>([]);
	dismissed = $state.raw<Set<string>>(new Set());
	disabled = $state.raw<string[]>([]);
	running = $state(false);
	/** Whether the whole document has been checked since the panel opened. */
	checked = $state(false);
	showDismissed = $state(false);
	selected = $state<string | null>(null);

	visible = $derived(
		this.findings.filter((f) => this.showDismissed || !this.dismissed.has(f.fingerprint))
	);

	constructor(repos: Repos, projectId: string) {
		this.#repos = repos;
		this.#projectId = projectId;
	}

	async load(): Promise<void> {
		const project = await this.#repos.projects.get(this.#projectId);
		this.disabled = project?.settings.disabledChecks ?? [];
		this.dismissed = await this.#repos.qa.dismissed(this.#projectId);
	}

	#tie(issues: QaIssue[], segments: readonly Segment[], offset = 0): QaFinding[] {
		return issues.map((issue) => {
			const segment = segments[issue.unit - offset];
			const fingerprint = [segment.id, issue.code, issue.source ?? '', issue.target ?? ''].join(
				'|'
			);
			return { ...issue, unit: issue.unit, segmentId: segment.id, fingerprint };
		});
	}

	/** Checks the whole document in the worker. */
	async runAll(
		segments: readonly Segment[],
		entries: TermEntry[],
		tagTables: TagTables = {}
	): Promise<void> {
		this.#client ??= new QaClient();
		this.running = true;
		try {
			const issues = await this.#client.run({
				units: qaSegments(segments).map((unit, i) => {
					const tags = tagTables[segments[i].id];
					return tags ? { ...unit, tags: $state.snapshot(tags) } : unit;
				}),
				entries: $state.snapshot(entries) as TermEntry[],
				disabled: [...this.disabled]
			});
			if (issues) {
				this.findings = this.#tie(issues, segments);
				this.checked = true;
			}
		} finally {
			this.running = false;
		}
	}

	cancel(): void {
		this.#client?.cancel();
		this.running = false;
	}

	/** Checks one paragraph (on confirm) and puts its findings in place of its old ones. */
	checkSegment(
		segment: Segment,
		order: number,
		terms: readonly QaTermMatch[],
		tags?: TagTables[string]
	): QaFinding[] {
		const issues = runChecks(
			[
				{
					source: segment.source,
					target: segment.target,
					status: segment.status,
					together: Boolean(segment.translatedWith),
					tags
				}
			],
			{
				termMatches: [terms],
				disabled: this.disabled,
				// A single paragraph has no document ratio of its own.
				lengthRatio: 3.2
			}
		).map((issue) => ({ ...issue, unit: order }));
		const mine = this.#tie(issues, [segment], order);
		this.findings = [...this.findings.filter((f) => f.segmentId !== segment.id), ...mine].sort(
			(a, b) => a.unit - b.unit
		);
		return mine.filter((f) => !this.dismissed.has(f.fingerprint));
	}

	async dismiss(finding: QaFinding): Promise<void> {
		await this.#repos.qa.dismiss(this.#projectId, finding.fingerprint);
		this.dismissed = new Set([...this.dismissed, finding.fingerprint]);
	}

	async undismiss(finding: QaFinding): Promise<void> {
		await this.#repos.qa.restore(this.#projectId, finding.fingerprint);
		const next = new Set(this.dismissed);
		next.delete(finding.fingerprint);
		this.dismissed = next;
	}

	async toggleCheck(check: QaCheck, on: boolean): Promise<void> {
		const disabled = on
			? this.disabled.filter((c) => c !== check)
			: [...new Set([...this.disabled, check])];
		this.disabled = disabled;
		const project = await this.#repos.projects.get(this.#projectId);
		if (project) {
			await this.#repos.projects.update(this.#projectId, {
				settings: { ...project.settings, disabledChecks: disabled }
			});
		}
		this.findings = this.findings.filter((f) => !disabled.includes(f.check));
	}
}
