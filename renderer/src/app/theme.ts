import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  // Honour the OS setting: no sliding drawers for users who asked for less motion.
  respectReducedMotion: true,
});

export const projectorTheme = createTheme({
  ...theme,
  primaryColor: 'dark',
  fontSizes: { xs: '1rem', sm: '1.1rem', md: '1.25rem', lg: '1.5rem', xl: '1.8rem' },
});
