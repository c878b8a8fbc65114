import { describe, expect, it } from 'vitest';
import { DEFAULT_BILINGUAL_LABELS } from '../domain/formats/docx/serialize-bilingual.ts';
import { DEFAULT_HTML_LABELS } from '../domain/formats/html/serialize.ts';
import {
	emptyProjectFile,
	parseProjectFile,
	type ProjectFile
} from '../domain/formats/project/project-file.ts';
import {
	EXPORT_FORMATS,
	ExportCancelled,
	ExportClient,
	renderExport,
	type ExportFormat,
	type ExportJob,
	type ExportMessage,
	type ExportRequest,
	type WorkerLike
} from './export-client.ts';

function project(): ProjectFile {
	const file = emptyProjectFile({
		id: 'p1',
		name: '宜春经开区',
		sourceLang: 'zh-CN',
		targetLang: 'en',
		glossaryIds: [],
		settings: { disabledChecks: [] },
		createdAt: 0,
		updatedAt: 0
	});
	const seg = (order: number, source: string, target: string) => ({
		id: `s${order}`,
		projectId: 'p1',
		order,
		kind: order === 0 ? ('title' as const) : ('body' as const),
		source,
		target,
		status: target ? ('translated' as const) : ('new' as const),
		locked: false,
		provenance: 'typed' as const,
		updatedAt: 0
	});
	file.segments = [
		seg(0, '风华正茂勇争先', 'In Its Prime, Striving to Lead'),
		seg(1, '本次推介会共签约项目22个，签约金额105亿元。', '')
	];
	return file;
}

const request = (format: ExportFormat): ExportRequest => ({
	file: project(),
	format,
	options: { by: 'paragraph', glossaryAppendix: true, comments: true, untranslated: 'source' },
	docxLabels: { ...DEFAULT_BILINGUAL_LABELS, source: '中文原文' },
	htmlLabels: DEFAULT_HTML_LABELS
});

describe('renderExport', () => {
	it.each([
		['xliff', /<unit\b/g, 2],
		['xliff12', /<trans-unit\b/g, 2],
		['tmx', /<tu\b/g, 1],
		['md', /风华正茂勇争先/g, 1],
		['html', /In Its Prime/g, 1]
	] as const)('%s holds the right units', async (format, pattern, count) => {
		const out = (await renderExport(request(format), null)) as string;
		expect(out.match(pattern)?.length).toBe(count);
	});

	it('writes a project file that reads back', async () => {
		const out = (await renderExport(request('project'), null)) as string;
		expect(parseProjectFile(out).value?.segments.map((s) => s.target)).toEqual([
			'In Its Prime, Striving to Lead',
			''
		]);
	});

	it('writes every format without failing, DOCX as a zip with the labels given', async () => {
		for (const format of EXPORT_FORMATS) {
			const out = await renderExport(request(format), null);
			expect(out.length, format).toBeGreaterThan(0);
		}
		const docx = (await renderExport(request('docx'), null)) as Uint8Array;
		expect([docx[0], docx[1]]).toEqual([0x50, 0x4b]);
	});
});

class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent<ExportMessage>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;
	posted: ExportJob[] = [];
	postMessage(message: ExportJob) {
		this.posted.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	send(message: ExportMessage) {
		this.onmessage?.({ data: message } as MessageEvent<ExportMessage>);
	}
}

describe('ExportClient', () => {
	it('reports progress, resolves with the result and ends the worker', async () => {
		const worker = new FakeWorker();
		const client = new ExportClient(() => worker);
		const progress: number[] = [];
		const { file: _file, ...order } = request('txt');
		const result = client.run('p1', order, (done) => progress.push(done));
		expect(worker.posted).toEqual([{ type: 'render', projectId: 'p1', order }]);
		worker.send({ type: 'progress', done: 1, total: 2 });
		worker.send({ type: 'result', data: 'text' });
		await expect(result).resolves.toBe('text');
		expect(progress).toEqual([1]);
		expect(worker.terminated).toBe(true);
	});

	it('cancel ends the worker and rejects with ExportCancelled', async () => {
		const worker = new FakeWorker();
		const client = new ExportClient(() => worker);
		const result = client.report('p1', 'docx', request('docx').options);
		client.cancel();
		await expect(result).rejects.toBeInstanceOf(ExportCancelled);
		expect(worker.terminated).toBe(true);
	});

	it('passes a worker error on', async () => {
		const worker = new FakeWorker();
		const result = new ExportClient(() => worker).run(
			'p1',
			{ format: 'docx', options: request('docx').options },
			() => {}
		);
		worker.send({ type: 'error', message: 'boom' });
		await expect(result).rejects.toThrow('boom');
	});

	it('asks the worker what an export would lack and resolves with its report', async () => {
		const worker = new FakeWorker();
		const options = request('docx').options;
		const result = new ExportClient(() => worker).report('p1', 'docx', options);
		expect(worker.posted).toEqual([{ type: 'report', projectId: 'p1', format: 'docx', options }]);
		const report = { withoutEnglish: [{ number: 2, source: '本次推介会' }], units: null };
		worker.send({ type: 'report', report });
		await expect(result).resolves.toEqual(report);
		expect(worker.terminated).toBe(true);
	});
});
