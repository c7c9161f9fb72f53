interface ErrorMessage {
  id: string;
  en: string;
}
export type ErrorCatalog = Record<string, ErrorMessage>;
