import { useEffect, useState } from "react";
import { TextField } from "@shopify/polaris";

/**
 * A Polaris number input whose value is a number, or null while the field is empty. The text is kept as typed
 * ("0." or "" stay on screen), and an empty field is never turned into 0: the form decides what empty means.
 */
export function NumberField(props: {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  error?: string;
  helpText?: string;
  step?: number;
}) {
  const [text, setText] = useState(props.value === null ? "" : String(props.value));
  useEffect(() => {
    // Follow outside changes (discard, after save) without fighting the text being typed.
    const typed = text.trim() === "" ? null : Number(text);
    if (typed !== props.value) setText(props.value === null ? "" : String(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the value changes from outside
  }, [props.value]);
  return (
    <TextField
      label={props.label}
      type="number"
      step={props.step}
      autoComplete="off"
      helpText={props.helpText}
      error={props.error}
      value={text}
      onChange={(v) => {
        setText(v);
        const trimmed = v.trim();
        props.onChange(trimmed === "" || Number.isNaN(Number(trimmed)) ? null : Number(trimmed));
      }}
    />
  );
}
