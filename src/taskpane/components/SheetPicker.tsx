import { Field, Select } from "@fluentui/react-components";
import type { SheetInfo } from "../../hosts/host";
import { useStrings } from "../i18n";

interface Props {
  sheets: SheetInfo[];
  value?: string;
  onChange(sheet: string): void;
}

export function SheetPicker({ sheets, value, onChange }: Props) {
  const t = useStrings();
  const visible = sheets.filter((s) => s.visibility === "visible");
  return (
    <Field label={t.sheet}>
      <Select value={value ?? ""} onChange={(_, d) => onChange(d.value)} disabled={visible.length === 0}>
        {value === undefined && <option value="">…</option>}
        {visible.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
