import * as React from "react";
import {
  Body1,
  Button,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useFileDrop } from "../components/useFileDrop";
import { useT } from "../i18n";

const useStyles = makeStyles({
  zone: { padding: tokens.spacingVerticalL },
  name: { overflowWrap: "anywhere" },
});

export interface FileOpenerProps {
  readonly opening: string | null;
  readonly opened: string | null;
  readonly onFile: (file: File) => void;
  /** The result of opening (an error message), shown inside the zone. */
  readonly children?: React.ReactNode;
}

/** Choose an .xlsx with the button (keyboard) or drop it on the zone. */
export function FileOpener({
  opening,
  opened,
  onFile,
  children,
}: FileOpenerProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  // One file: the first of a drop of several.
  const drop = useFileDrop((files) => onFile(files[0]));
  return (
    <div
      className={mergeClasses(drop.zoneClass, styles.zone)}
      data-testid="drop-zone"
      {...drop.zoneProps}
    >
      <input
        {...drop.inputProps}
        accept=".xlsx,.xlsm,.ods,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
      />
      <Button
        appearance={opened === null ? "primary" : "secondary"}
        onClick={drop.choose}
        disabled={opening !== null}
      >
        {opened === null ? t.standalone.choose : t.standalone.another}
      </Button>
      <Body1>{t.standalone.drop}</Body1>
      {opening !== null && <Spinner size="tiny" label={t.standalone.opening(opening)} />}
      {opening === null && opened !== null && (
        <Body1 className={styles.name} data-testid="opened">
          {t.standalone.opened(opened)}
        </Body1>
      )}
      {children}
    </div>
  );
}
