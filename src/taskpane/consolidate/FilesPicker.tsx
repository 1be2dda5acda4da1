import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useFileDrop } from "../components/useFileDrop";
import { useT } from "../i18n";

const useStyles = makeStyles({
  zone: { padding: tokens.spacingVerticalM, minWidth: 0 },
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
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingHorizontalS,
  },
});

export interface FilesPickerProps {
  readonly names: readonly string[];
  readonly disabled: boolean;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onClear: () => void;
}

/** Several .xlsx files, by the button (keyboard) or dropped on the zone; picks add to the list. */
export function FilesPicker({
  names,
  disabled,
  onFiles,
  onClear,
}: FilesPickerProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const drop = useFileDrop(onFiles, disabled);
  return (
    <div
      className={mergeClasses(drop.zoneClass, styles.zone)}
      data-testid="consolidate-drop-zone"
      {...drop.zoneProps}
    >
      <input
        {...drop.inputProps}
        multiple
        accept=".xlsx,.xlsm,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        data-testid="consolidate-file-input"
      />
      <Button
        appearance="primary"
        onClick={drop.choose}
        disabled={disabled}
        data-testid="consolidate-choose"
      >
        {t.consolidate.chooseFiles}
      </Button>
      <Body1>{t.consolidate.dropFiles}</Body1>
      {names.length > 0 && (
        <>
          <div className={styles.row}>
            <Caption1 data-testid="consolidate-file-count">
              {t.consolidate.filesChosen(names.length)}
            </Caption1>
            <Button
              size="small"
              appearance="subtle"
              onClick={onClear}
              disabled={disabled}
              data-testid="consolidate-clear"
            >
              {t.consolidate.clearFiles}
            </Button>
          </div>
          <ul
            className={styles.list}
            aria-label={t.consolidate.filesList}
            data-testid="consolidate-files"
          >
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
