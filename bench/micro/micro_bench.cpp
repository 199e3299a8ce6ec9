// Google Benchmark micro-benchmarks on the shipped corpus: the Russian analyzer (MiB/s of
// text, one core), the template parser and JSON loading.
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>

#include <practice/field.hpp>
#include <practice/json.hpp>
#include <practice/loader.hpp>
#include <practice/template_parser.hpp>
#include <practice/text/analyzer.hpp>

namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::vector<std::string> files;       // template text, one string per file
  std::vector<std::string> json_lines;  // the same practices as JSON
  std::string prose;                    // every section's text, concatenated
};

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(PRACTICE_CORPUS_DIR "/practices"))
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      c.files.push_back(s.str());
      for (const auto& doc : practice::parse_template(c.files.back(), p.string())) {
        c.json_lines.push_back(nlohmann::json(doc.practice).dump());
        for (practice::Field f : practice::all_fields) c.prose += practice::field_text(doc.practice, f) + "\n";
      }
    }
    return c;
  }();
  return loaded;
}

void analyzer(benchmark::State& state) {
  const auto a = practice::text::Analyzer::russian();
  const std::string& text = corpus().prose;
  for (auto _ : state) benchmark::DoNotOptimize(a.analyze(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(analyzer)->Unit(benchmark::kMillisecond);

void template_parser(benchmark::State& state) {
  std::int64_t bytes = 0;
  for (auto _ : state)
    for (const auto& f : corpus().files) {
      benchmark::DoNotOptimize(practice::parse_template(f, "corpus"));
      bytes += static_cast<std::int64_t>(f.size());
    }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * corpus().files.size()));
}
BENCHMARK(template_parser)->Unit(benchmark::kMillisecond);

void json_loading(benchmark::State& state) {
  std::string jsonl;
  for (const auto& l : corpus().json_lines) jsonl += l + "\n";
  for (auto _ : state) {
    std::size_t n = 0;
    practice::load_text(jsonl, "corpus.jsonl", [&](practice::LoadedPractice&&) { ++n; }, [](practice::LoadError&&) {});
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(jsonl.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * corpus().json_lines.size()));
}
BENCHMARK(json_loading)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
