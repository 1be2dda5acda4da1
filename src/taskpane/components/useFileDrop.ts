/**
 * Files chosen with a button (keyboard) or dropped on a zone — the file picker of the consolidation
 * view and the file opener of the standalone page. The real `<input type="file">` stays hidden from
 * the keyboard and from screen readers; the visible button opens it (`choose`). Each pick or drop
 * hands over its files (at least one) and clears the input, so the same file can be picked again.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  /** A dashed box; the owner adds its own spacing. */
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface FileDrop {
  /** Spread on the drop zone. */
  readonly zoneProps: Pick<
    React.HTMLAttributes<HTMLElement>,
    "onDragOver" | "onDragLeave" | "onDrop"
  >;
  /** The zone's class: a dashed box, marked while files are dragged over it. */
  readonly zoneClass: string;
  /** Spread on the hidden `<input type="file">` (add `accept`, `multiple`, a test id). */
  readonly inputProps: React.InputHTMLAttributes<HTMLInputElement> &
    React.RefAttributes<HTMLInputElement>;
  /** Opens the browser's file chooser. */
  readonly choose: () => void;
}

/** `disabled`: drops are refused (and shown as refused) while the owner is busy. */
export function useFileDrop(onFiles: (files: readonly File[]) => void, disabled = false): FileDrop {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const take = (list: FileList | null): void => {
    const files = list === null ? [] : Array.from(list);
    if (files.length > 0) onFiles(files);
  };
  return {
    zoneProps: {
      onDragOver: (e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? "none" : "copy";
        setOver(!disabled);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) take(e.dataTransfer.files);
      },
    },
    zoneClass: mergeClasses(styles.zone, over && styles.over),
    inputProps: {
      ref: input,
      className: styles.input,
      type: "file",
      tabIndex: -1,
      "aria-hidden": true,
      onChange: (e) => {
        take(e.currentTarget.files);
        e.currentTarget.value = "";
      },
    },
    choose: () => input.current?.click(),
  };
}
