import type { Message } from "../translate.ts";
import type { benchmarksMessages } from "./en.benchmarks.ts";

/** Spanish messages of the Benchmarks pages; spread into es.ts. */
export const benchmarksMessagesEs: Record<keyof typeof benchmarksMessages, Message> = {
  "benchmarks.nav": "Marcos de referencia",
  "benchmarks.title": "Marcos de referencia",
  "benchmarks.lede":
    "Los marcos de referencia con los que se evalúan las revisiones. Cada versión queda fijada una vez guardada: una revisión conserva la versión con la que empezó.",
  "benchmarks.loading": "Cargando los marcos de referencia…",
  "benchmarks.failed": "No se han podido cargar los marcos de referencia",
  "benchmarks.empty": "Aún no hay marcos de referencia.",
  "benchmarks.listLabel": "Marcos de referencia, versión más reciente de cada uno",
  "benchmarks.version": "Versión {version}",
  "benchmarks.language": "Idioma: {language}",
  "benchmarks.id": "ID: {id}",
  "benchmarks.counts": "{modules} · {factors}",
  "benchmarks.modules": { one: "{count} módulo", other: "{count} módulos" },
  "benchmarks.factors": { one: "{count} factor crítico", other: "{count} factores críticos" },
  "benchmarks.open": "Ver",
  "benchmarks.overviewLink": "Ver factores y evidencias",

  "benchmarks.import.title": "Importar un marco de referencia",
  "benchmarks.import.lede":
    "Elija un archivo JSON de marco de referencia, por ejemplo uno exportado aquí. Su ID y su versión no deben existir todavía; un archivo no válido se rechaza en su totalidad.",
  "benchmarks.import.choose": "Importar JSON…",
  "benchmarks.import.importing": "Importando {file}…",
  "benchmarks.import.failed": "No se ha importado {file}",
  "benchmarks.import.notJson": "El archivo no es un JSON válido: {detail}",
  "benchmarks.import.done": "Se ha importado {name}, versión {version}",
  "benchmarks.import.doneText": "{modules} y {factors}.",

  "benchmarks.view.back": "Todos los marcos de referencia",
  "benchmarks.view.loading": "Cargando el marco de referencia…",
  "benchmarks.view.failed": "No se ha podido cargar el marco de referencia",
  "benchmarks.view.export": "Exportar JSON",
  "benchmarks.view.kind.core": "Módulo básico",
  "benchmarks.view.kind.theme": "Módulo temático",
  "benchmarks.view.modulesLabel": "Módulos",
  "benchmarks.view.factor": "{number}. {name}",
  "benchmarks.view.tests": "Pruebas del factor crítico",
  "benchmarks.view.evidence": "Ejemplos de evidencias",
  "benchmarks.view.noEvidence": "No se indican ejemplos.",
  "benchmarks.view.olderVersion": "Está consultando la versión {version}; existe una versión más reciente.",
  "benchmarks.view.showNewest": "Ver la más reciente",
  "benchmarks.view.versions": "Versiones",
  "benchmarks.view.newest": "más reciente",

  "benchmarks.addModule.title": "Añadir un módulo",
  "benchmarks.addModule.lede":
    "Al añadir un módulo se crea una nueva versión de este marco de referencia (esta versión más el módulo). Las revisiones ya en curso conservan su versión.",
  "benchmarks.addModule.version": "Nueva versión",
  "benchmarks.addModule.versionHint": "Una etiqueta que este marco de referencia aún no utilice, p. ej., {example}.",
  "benchmarks.addModule.json": "El módulo en formato JSON",
  "benchmarks.addModule.jsonHint":
    "Un objeto con id, name, kind (\"theme\"), una description opcional y factors (id, number, name, definition, tests, evidence).",
  "benchmarks.addModule.template": "Partir de una plantilla",
  "benchmarks.addModule.submit": "Crear la versión {version}",
  "benchmarks.addModule.submitting": "Creando…",
  "benchmarks.addModule.invalidJson": "JSON no válido: {detail}",
  "benchmarks.addModule.versionRequired": "Indique la nueva versión.",
  "benchmarks.addModule.versionTaken": "La versión {version} ya existe y las versiones no se pueden modificar: elija una etiqueta nueva.",
  "benchmarks.addModule.failed": "No se ha añadido el módulo",
  "benchmarks.addModule.done": "Se ha creado la versión {version} con {modules} y {factors}.",
  "benchmarks.addModule.showIt": "Ver",
};
