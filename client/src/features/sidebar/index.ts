// The public entry of sidebar/: the benchmark sidebar beside the findings report.
export { BenchmarkSidebar } from "./BenchmarkSidebar.tsx";
