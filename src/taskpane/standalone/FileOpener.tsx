import * as React from "react";
import { Body1, Button, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
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
export function FileOpener({ opening, opened, onFile, children }: FileOpenerProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const take = (files: FileList | null): void => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
      <Button appearance={opened === null ? "primary" : "secondary"} onClick={() => input.current?.click()} disabled={opening !== null}>
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
