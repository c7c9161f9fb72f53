import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

/**
 * The shell's first focusable element: hidden until focused, it moves focus past the header and
 * the navigation to the screen itself (main carries tabIndex -1 so it can take focus).
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_ID}`}
      className="skip-link"
      data-testid="skip-link"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('a11y.skipToMain')}
    </a>
  );
}
