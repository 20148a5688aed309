import type { Message } from "../translate.ts";
import type { benchmarksMessages } from "./en.benchmarks.ts";

/** German messages of the Benchmarks pages; spread into the catalogue in de.ts. */
export const benchmarksMessagesDe: Record<keyof typeof benchmarksMessages, Message> = {
  "benchmarks.nav": "Benchmarks",
  "benchmarks.title": "Benchmarks",
  "benchmarks.lede":
    "Die Benchmarks, an denen Reviews gemessen werden. Jede Version ist nach dem Speichern unveränderlich: Ein Review behält die Version, mit der es begonnen hat.",
  "benchmarks.loading": "Benchmarks werden geladen…",
  "benchmarks.failed": "Die Benchmarks konnten nicht geladen werden",
  "benchmarks.empty": "Noch keine Benchmarks.",
  "benchmarks.listLabel": "Benchmarks, jeweils die neueste Version",
  "benchmarks.version": "Version {version}",
  "benchmarks.language": "Sprache: {language}",
  "benchmarks.id": "Kennung: {id}",
  "benchmarks.counts": "{modules} · {factors}",
  "benchmarks.modules": { one: "{count} Modul", other: "{count} Module" },
  "benchmarks.factors": { one: "{count} kritischer Faktor", other: "{count} kritische Faktoren" },
  "benchmarks.open": "Ansehen",
  "benchmarks.overviewLink": "Faktoren und Belege ansehen",

  "benchmarks.import.title": "Benchmark importieren",
  "benchmarks.import.lede":
    "Wählen Sie eine Benchmark-Datei im JSON-Format, etwa eine hier exportierte. Kennung und Version dürfen noch nicht vorhanden sein; eine ungültige Datei wird als Ganzes abgelehnt.",
  "benchmarks.import.choose": "JSON importieren…",
  "benchmarks.import.importing": "{file} wird importiert…",
  "benchmarks.import.failed": "{file} wurde nicht importiert",
  "benchmarks.import.notJson": "Die Datei ist kein gültiges JSON: {detail}",
  "benchmarks.import.done": "{name}, Version {version}, importiert",
  "benchmarks.import.doneText": "{modules} und {factors}.",

  "benchmarks.view.back": "Alle Benchmarks",
  "benchmarks.view.loading": "Benchmark wird geladen…",
  "benchmarks.view.failed": "Der Benchmark konnte nicht geladen werden",
  "benchmarks.view.export": "JSON exportieren",
  "benchmarks.view.kind.core": "Kernmodul",
  "benchmarks.view.kind.theme": "Themenmodul",
  "benchmarks.view.modulesLabel": "Module",
  "benchmarks.view.factor": "{number}. {name}",
  "benchmarks.view.tests": "Prüffragen zum kritischen Faktor",
  "benchmarks.view.evidence": "Beispiele für Belege",
  "benchmarks.view.noEvidence": "Keine Beispiele angegeben.",
  "benchmarks.view.olderVersion": "Sie sehen Version {version}; es gibt eine neuere Version.",
  "benchmarks.view.showNewest": "Neueste anzeigen",
  "benchmarks.view.versions": "Versionen",
  "benchmarks.view.newest": "neueste",

  "benchmarks.addModule.title": "Modul hinzufügen",
  "benchmarks.addModule.lede":
    "Ein neues Modul erzeugt eine neue Version dieses Benchmarks (diese Version plus das Modul). Laufende Reviews behalten ihre Version.",
  "benchmarks.addModule.version": "Neue Version",
  "benchmarks.addModule.versionHint": "Eine Bezeichnung, die dieser Benchmark noch nicht verwendet, z. B. {example}.",
  "benchmarks.addModule.json": "Das Modul als JSON",
  "benchmarks.addModule.jsonHint":
    "Ein Objekt mit id, name, kind („theme“), optional description und factors (id, number, name, definition, tests, evidence).",
  "benchmarks.addModule.template": "Mit einer Vorlage beginnen",
  "benchmarks.addModule.submit": "Version {version} erstellen",
  "benchmarks.addModule.submitting": "Wird erstellt…",
  "benchmarks.addModule.invalidJson": "Kein gültiges JSON: {detail}",
  "benchmarks.addModule.versionRequired": "Geben Sie die neue Version an.",
  "benchmarks.addModule.versionTaken":
    "Version {version} gibt es bereits; Versionen sind unveränderlich. Wählen Sie eine neue Bezeichnung.",
  "benchmarks.addModule.failed": "Das Modul wurde nicht hinzugefügt",
  "benchmarks.addModule.done": "Version {version} mit {modules} und {factors} erstellt.",
  "benchmarks.addModule.showIt": "Anzeigen",
};
