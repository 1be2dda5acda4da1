import * as React from "react";
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
    minWidth: 0,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  list: {
    alignSelf: "stretch",
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "160px",
    overflowY: "auto",
    textAlign: "start",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  name: { overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "center", gap: tokens.spacingHorizontalS },
});

export interface FilesPickerProps {
  readonly names: readonly string[];
  readonly disabled: boolean;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onClear: () => void;
}

/** Several .xlsx files, by the button (keyboard) or dropped on the zone; picks add to the list. */
export function FilesPicker({ names, disabled, onFiles, onClear }: FilesPickerProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const take = (list: FileList | null): void => {
    const files = list === null ? [] : Array.from(list);
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="consolidate-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? "none" : "copy";
        setOver(!disabled);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) take(e.dataTransfer.files);
      }}
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        data-testid="consolidate-file-input"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
      <Button appearance="primary" onClick={() => input.current?.click()} disabled={disabled} data-testid="consolidate-choose">
        {t.consolidate.chooseFiles}
      </Button>
      <Body1>{t.consolidate.dropFiles}</Body1>
      {names.length > 0 && (
        <>
          <div className={styles.row}>
            <Caption1 data-testid="consolidate-file-count">{t.consolidate.filesChosen(names.length)}</Caption1>
            <Button size="small" appearance="subtle" onClick={onClear} disabled={disabled} data-testid="consolidate-clear">
              {t.consolidate.clearFiles}
            </Button>
          </div>
          <ul className={styles.list} aria-label={t.consolidate.filesList} data-testid="consolidate-files">
            {names.map((n, i) => (
              <li key={`${i}:${n}`} className={styles.name}>
                <Caption1>{n}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
