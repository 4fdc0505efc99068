import path from "node:path";

/**
 * Noto Sans as full static TrueType files, from @expo-google-fonts/noto-sans: reports are made
 * in Romanian and Russian as well as English, French and Spanish (issue 13), and Public Sans
 * (the interface's typeface) has no Cyrillic. Noto Sans covers Latin with the comma-below ș ț
 * and ă â î, and Cyrillic. The 14 standard PDF fonts write neither, and the @fontsource
 * subsets split letters of one language across files. Resolved from the project root (where
 * the server, the job process and the tests run), not with require.resolve, which the Next
 * build rewrites.
 */
const directory = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");

/** The family's name inside the files, which Word and LibreOffice match the embedded font by. */
export const REPORT_FONT_FAMILY = "Noto Sans";

export const REPORT_FONT_FILES = {
  regular: path.join(directory, "400Regular", "NotoSans_400Regular.ttf"),
  italic: path.join(directory, "400Regular_Italic", "NotoSans_400Regular_Italic.ttf"),
  bold: path.join(directory, "700Bold", "NotoSans_700Bold.ttf"),
};
