import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseTanggalKetik } from '../../../shared/format/tanggal';

/**
 * A date field of the app: @mantine/dates' calendar with typing allowed, values as yyyy-mm-dd
 * strings (the storage form), shown as dd-mm-yyyy.
 */
export function DateField(props: Omit<DateInputProps, 'dateParser' | 'valueFormat'>) {
  return (
    <DateInput
      valueFormat="DD-MM-YYYY" dateParser={parseTanggalKetik} clearable={!props.required}
      popoverProps={{ withinPortal: true }} {...props}
    />
  );
}
