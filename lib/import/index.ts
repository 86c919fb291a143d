/** The import parsers: files in other tools' formats read into annotations to store (no I/O). */
export {
  MAX_IMPORT_ANNOTATIONS,
  parseWebAnnotations,
  parseWebAnnotationsYielding,
} from "./web-annotation";
