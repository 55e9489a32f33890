// The bundled Noto Sans SC (regular and bold, every unicode-range subset) so the
// app, the print view and exported PDFs, PNGs and SVGs look the same on
// Windows, macOS and Linux, Chinese included, whatever fonts the machine has.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';

/** The bundled face first; system faces only for characters it lacks. */
export const BUNDLED_FONT = '"Noto Sans SC"';
