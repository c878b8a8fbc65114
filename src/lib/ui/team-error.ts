/** Words for a team-server failure, in the UI language. */
import { t } from '$lib/i18n/index.svelte';
import { TeamError } from '$lib/state/team.svelte.ts';

export function teamErrorText(error: unknown, server = ''): string {
	if (error instanceof TeamError) {
		if (error.key === 'unreachable')
			return t('team.error.unreachable', { server: error.message || server });
		if (error.key === 'expired') return t('team.error.expired');
		return t('team.error.refused', { message: error.message });
	}
	return t('team.error.refused', { message: (error as Error).message });
}
