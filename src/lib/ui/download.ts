/** Offers bytes or text to the user as a file download (the browser's own save). */
export function download(data: BlobPart, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name made from a project name: letters, digits, CJK and dashes only. */
export function safeFileName(name: string): string {
	return (
		name
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'duiyi'
	);
}
