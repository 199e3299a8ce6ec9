// practice-synth: writes N deterministic synthetic practices as JSON Lines or template text,
// streaming (one practice in memory at a time), for benchmarks and researchers.
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include <practice/json.hpp>

#include "synthesizer.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Deterministic synthetic practices (Russian text trained on the shipped corpus)"};
  std::size_t count = 1000;
  std::uint64_t seed = 1;
  std::string format = "jsonl", out_path = "-", corpus = PRACTICE_CORPUS_DIR "/practices";
  app.add_option("-n,--count", count, "number of practices")->capture_default_str();
  app.add_option("--seed", seed, "random seed: the same seed gives the same practices")->capture_default_str();
  app.add_option("--format", format, "jsonl or txt (the template layout)")->check(CLI::IsMember({"jsonl", "txt"}))->capture_default_str();
  app.add_option("-o,--out", out_path, "output file, - for stdout")->capture_default_str();
  app.add_option("--corpus", corpus, "practices to learn the text from")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  try {
    std::ofstream file;
    if (out_path != "-") {
      file.open(out_path, std::ios::binary);
      if (!file) throw std::runtime_error("cannot write " + out_path);
    }
    std::ostream& out = out_path == "-" ? std::cout : file;
    practice::bench::Synthesizer synth(corpus, seed);
    for (std::size_t i = 0; i < count; ++i) {
      const practice::Practice p = synth.next();
      if (format == "jsonl") out << nlohmann::json(p).dump() << '\n';
      else out << (i ? "\n" : "") << practice::bench::to_template_text(p);
    }
    out.flush();
    if (!out) throw std::runtime_error("write failed: " + out_path);
  } catch (const std::exception& e) {
    std::cerr << "practice-synth: error: " << e.what() << "\n";
    return 3;
  }
  return 0;
}
