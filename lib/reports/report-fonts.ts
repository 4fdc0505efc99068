import path from "node:path";

/**
 * Public Sans (the interface's typeface) as full static TrueType files, from
 * @expo-google-fonts/public-sans: the 14 standard PDF fonts cannot write ș, ț or ă, and the
 * @fontsource subsets split Romanian letters across files. Resolved from the project root
 * (where the server, the job process and the tests run), not with require.resolve, which the
 * Next build rewrites.
 */
const directory = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "public-sans");

export const REPORT_FONT_FAMILY = "Public Sans";

export const REPORT_FONT_FILES = {
  regular: path.join(directory, "400Regular", "PublicSans_400Regular.ttf"),
  italic: path.join(directory, "400Regular_Italic", "PublicSans_400Regular_Italic.ttf"),
  bold: path.join(directory, "700Bold", "PublicSans_700Bold.ttf"),
};
