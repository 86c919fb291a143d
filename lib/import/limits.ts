/** The largest import file accepted (issue 5: 10 MB), shared so the Import button can name the limit it hit. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
