import { TextField } from "@shopify/polaris";

/** A Polaris number input whose value is a number, or null when the field is empty (and `nullable`). */
export function NumberField(props: {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  error?: string;
  helpText?: string;
  step?: number;
  nullable?: boolean;
}) {
  return (
    <TextField
      label={props.label}
      type="number"
      step={props.step}
      autoComplete="off"
      helpText={props.helpText}
      error={props.error}
      value={props.value === null ? "" : String(props.value)}
      onChange={(v) => props.onChange(v.trim() === "" && props.nullable ? null : Number(v))}
    />
  );
}
