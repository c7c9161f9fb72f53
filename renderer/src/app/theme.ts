import { createTheme, darken, luminance, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

/** WCAG AA for normal text, with a little margin for anti-aliasing. */
const MIN_CONTRAST = 4.6;

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour itself when it reads on `background`, else the least darkened version that does. */
function readableOn(color: string, background: string): string {
  let c = color;
  for (let step = 0; step < 20 && contrast(c, background) < MIN_CONTRAST; step++) c = darken(c, 0.06);
  return c;
}

/**
 * Mantine's light-scheme shades 6 (filled buttons, coloured text) and 9 on shade 1 (light badges,
 * active nav) fall below 4.5:1 for teal, orange, green, yellow and others, and "dimmed" (gray 6)
 * is 3.3:1 on white. Each colour keeps its hue, darkened only as far as AA needs.
 */
export const accessibleCssVariables: CSSVariablesResolver = (theme: MantineTheme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': theme.colors.gray[7]! };
  for (const [name, shades] of Object.entries(theme.colors)) {
    // Against gray 2, not white: text also sits on striped rows and tinted selected items.
    const filled = readableOn(shades[6]!, theme.colors.gray[2]!);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    light[`--mantine-color-${name}-text`] = filled;
    light[`--mantine-color-${name}-outline`] = filled;
    // Shade 2 is the light variant's hover (and a just-clicked nav entry) background.
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9]!, shades[2]!);
    // Components also colour text with a raw dark shade (c="teal.8"); those must read too.
    for (const shade of [7, 8, 9]) light[`--mantine-color-${name}-${shade}`] = readableOn(shades[shade]!, theme.colors.gray[1]!);
  }
  return { variables: {}, light, dark: {} };
};

const base = {
  primaryColor: 'teal',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  // Honour the OS setting: no sliding drawers for users who asked for less motion.
  respectReducedMotion: true,
} as const;

/** Before settings load (the spinner): no dialogs yet, so no labels needed. */
export const theme = createTheme(base);

/**
 * The running app's theme. `closeLabel` names every dialog's close button (an icon only), so a
 * screen reader can say what it does, in the UI language.
 */
export function appTheme(opts: { projector: boolean; closeLabel: string }) {
  const closeButtonProps = { 'aria-label': opts.closeLabel };
  return createTheme({
    ...base,
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
    },
    ...(opts.projector && {
      primaryColor: 'dark',
      fontSizes: { xs: '1rem', sm: '1.1rem', md: '1.25rem', lg: '1.5rem', xl: '1.8rem' },
    }),
  });
}
