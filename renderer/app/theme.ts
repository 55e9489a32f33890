import type { ThemeConfig } from 'antd';

/**
 * The bundled Noto Sans SC first (renderer/styles/fonts.ts), so the app looks like its exports on every
 * system; then system UI fonts and the Chinese faces of macOS, Windows and Linux for anything it lacks.
 */
export const FONT_FAMILY = [
  '"Noto Sans SC"',
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  'sans-serif',
].join(', ');

/** A calm, low-saturation blue-teal and soft neutrals: the maps carry the colour, not the chrome. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#2f6f8f',
    colorInfo: '#2f6f8f',
    colorSuccess: '#3f8f5f',
    colorWarning: '#c58a1c',
    colorError: '#c2413a',
    colorBgLayout: '#f4f6f8',
    colorTextBase: '#1f2a33',
    borderRadius: 8,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 52, headerPadding: '0 20px' },
    Card: { headerFontSize: 15 },
  },
};

/** True when the system asks for less motion (an accessibility setting); antd's animations are then switched off. */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The app theme, without animations when the system asks for reduced motion. */
export const themeFor = (reducedMotion: boolean): ThemeConfig =>
  reducedMotion ? { ...appTheme, token: { ...appTheme.token, motion: false } } : appTheme;
