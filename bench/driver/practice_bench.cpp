// practice-bench: one run measures the project (Bank::add, Bank::search with filters, facets
// and snippets, practice::match) and the raw-Xapian baseline on the same corpus, and prints
// every figure with its ratio. Indexing runs in child processes so each has its own peak RSS.
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>

#include <CLI/CLI.hpp>

#include <practice/bank.hpp>
#include <practice/field.hpp>
#include <practice/json.hpp>
#include <practice/loader.hpp>
#include <practice/matcher.hpp>
#include <practice/profile.hpp>

#include "measure.hpp"
#include "raw_xapian.hpp"

namespace fs = std::filesystem;
using namespace practice;
using namespace practice::bench;

namespace {

constexpr std::size_t batch_size = 10000;  // the bank's transaction = the baseline's commit interval

std::size_t text_bytes(const Practice& p) {
  std::size_t n = 0;
  for (Field f : all_fields) n += field_text(p, f).size();
  return n;
}

void for_each_practice(const fs::path& input, const std::function<void(Practice&&)>& f) {
  load_path(input, [&](LoadedPractice&& lp) { f(std::move(lp.practice)); },
            [](LoadError&& e) { throw std::runtime_error(e.to_string()); });
}

// Child: indexes `input` with one engine and writes {docs, text_bytes, ms} to `report`.
int index_child(const std::string& engine, const fs::path& input, const fs::path& db, const fs::path& report) {
  fs::remove_all(db);
  std::size_t docs = 0, bytes = 0;
  double ms = 0;
  if (engine == "project") {
    Bank bank = Bank::create(db);
    std::vector<Practice> batch;
    auto flush = [&] {
      if (!batch.empty()) ms += time_ms([&] { bank.add(batch); });
      batch.clear();
    };
    for_each_practice(input, [&](Practice&& p) {
      ++docs;
      bytes += text_bytes(p);
      batch.push_back(std::move(p));
      if (batch.size() == batch_size) flush();
    });
    flush();
  } else {
    std::optional<RawXapianWriter> writer;
    ms += time_ms([&] { writer.emplace(db); });
    for_each_practice(input, [&](Practice&& p) {
      ++docs;
      bytes += text_bytes(p);
      ms += time_ms([&] { writer->add(p); });
    });
    ms += time_ms([&] { writer->finish(); });
  }
  std::ofstream(report) << nlohmann::json{{"docs", docs}, {"text_bytes", bytes}, {"ms", ms}}.dump() << "\n";
  return 0;
}

struct Query {
  std::string text, region, target_group;
};

std::vector<Query> read_queries(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::vector<Query> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    Query q;
    std::istringstream cols(line);
    std::getline(cols, q.text, '\t');
    std::getline(cols, q.region, '\t');
    std::getline(cols, q.target_group, '\t');
    out.push_back(std::move(q));
  }
  return out;
}

std::vector<Profile> read_profiles(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::vector<Profile> out;
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);)
    if (++n, !line.empty()) out.push_back(parse_profile(line, path.string() + ":" + std::to_string(n)));
  return out;
}

std::string profile_text(const Profile& p) {
  std::string s = p.problem;
  for (const auto& g : p.target_groups) s += " " + g;
  return s;
}

struct Timed {
  Latency wall, cpu;
};

// Warm-up pass, then `passes` measured passes; one sample per call, wall and thread CPU time.
template <class Item, class F>
Timed measure(const std::vector<Item>& items, int passes, F&& call) {
  for (const auto& i : items) call(i);
  std::vector<double> wall, cpu;
  for (int pass = 0; pass < passes; ++pass)
    for (const auto& i : items) {
      const double cpu_start = thread_cpu_ms();
      wall.push_back(time_ms([&] { call(i); }));
      cpu.push_back(thread_cpu_ms() - cpu_start);
    }
  return {summarize(std::move(wall)), summarize(std::move(cpu))};
}

struct Engine {
  double docs_per_s = 0, mib_per_s = 0, index_mib = 0, rss_mib = 0, docs_per_cpu_s = 0;
  Timed search, match;
};

nlohmann::json to_json(const Latency& l) { return {{"p50", l.p50}, {"p95", l.p95}, {"p99", l.p99}, {"mean", l.mean}, {"n", l.samples}}; }
nlohmann::json to_json(const Engine& e) {
  return {{"docs_per_s", e.docs_per_s},         {"mib_per_s", e.mib_per_s},
          {"index_mib", e.index_mib},           {"peak_rss_mib", e.rss_mib},
          {"docs_per_cpu_s", e.docs_per_cpu_s}, {"search_ms", to_json(e.search.wall)},
          {"match_ms", to_json(e.match.wall)},  {"search_cpu_ms", to_json(e.search.cpu)},
          {"match_cpu_ms", to_json(e.match.cpu)}};
}

constexpr double mib = 1024.0 * 1024.0;

Engine index_with(const std::string& engine, const fs::path& input, const fs::path& work, nlohmann::json& corpus) {
  const fs::path db = work / (engine + ".db"), report = work / (engine + ".report.json");
  const ChildUsage usage = run_self({"index", "--engine", engine, "--input", input.string(), "--db", db.string(), "--report", report.string()});
  std::ifstream in(report);
  const auto r = nlohmann::json::parse(in);
  const double seconds = r.at("ms").get<double>() / 1000.0;
  corpus = {{"docs", r.at("docs")}, {"text_mib", r.at("text_bytes").get<double>() / mib}};
  Engine e;
  e.docs_per_s = r.at("docs").get<double>() / seconds;
  e.mib_per_s = r.at("text_bytes").get<double>() / mib / seconds;
  e.index_mib = static_cast<double>(directory_bytes(db)) / mib;
  e.rss_mib = static_cast<double>(usage.peak_rss) / mib;
  // CPU of the whole child, reading the input included: an upper bound on indexing CPU.
  e.docs_per_cpu_s = r.at("docs").get<double>() / usage.cpu_s;
  return e;
}

void print_row(const std::string& figure, double project, double baseline, bool lower_is_better) {
  std::cout << std::left << std::setw(26) << figure << std::right << std::fixed << std::setprecision(2) << std::setw(12) << project
            << std::setw(12) << baseline;
  if (baseline > 0) std::cout << std::setw(10) << project / baseline << (lower_is_better ? "  (lower is better)" : "");
  std::cout << "\n";
}

int run(const std::string& label, const fs::path& input, const fs::path& work, const fs::path& queries_file,
        const fs::path& profiles_file, bool index_only, int passes, std::size_t first, const fs::path& json_out) {
  fs::create_directories(work);
  nlohmann::json corpus;
  Engine project = index_with("project", input, work, corpus);
  Engine baseline = index_with("baseline", input, work, corpus);
  std::size_t searched_with_hits = 0, matched_with_hits = 0;
  std::size_t queries_n = 0, profiles_n = 0;
  if (!index_only) {
    auto queries = read_queries(queries_file);
    auto profiles = read_profiles(profiles_file);
    if (first > 0) {
      queries.resize(std::min(first, queries.size()));
      profiles.resize(std::min(first, profiles.size()));
    }
    queries_n = queries.size();
    profiles_n = profiles.size();
    const Bank bank = Bank::open(work / "project.db");
    RawXapianSearcher raw(work / "baseline.db");
    project.search = measure(queries, passes, [&](const Query& q) {
      SearchOptions o;  // facets and snippets on by default
      o.region = q.region;
      o.target_group = q.target_group;
      if (!bank.search(q.text, o).results.empty()) ++searched_with_hits;
    });
    baseline.search = measure(queries, passes, [&](const Query& q) { raw.search(q.text); });
    project.match = measure(profiles, passes, [&](const Profile& p) {
      if (!practice::match(bank, p).results.empty()) ++matched_with_hits;
    });
    baseline.match = measure(profiles, passes, [&](const Profile& p) { raw.search(profile_text(p)); });
  }

  std::cout << "== " << label << ": " << corpus["docs"] << " practices, " << std::fixed << std::setprecision(1)
            << corpus["text_mib"].get<double>() << " MiB of text ==\n";
  std::cout << std::left << std::setw(26) << "figure" << std::right << std::setw(12) << "project" << std::setw(12) << "baseline"
            << std::setw(10) << "ratio" << "\n";
  print_row("indexing docs/s", project.docs_per_s, baseline.docs_per_s, false);
  print_row("indexing MiB/s", project.mib_per_s, baseline.mib_per_s, false);
  print_row("index size MiB", project.index_mib, baseline.index_mib, true);
  print_row("peak RSS MiB (indexing)", project.rss_mib, baseline.rss_mib, true);
  print_row("docs per CPU-second", project.docs_per_cpu_s, baseline.docs_per_cpu_s, false);
  if (!index_only) {
    const std::pair<const char*, double Latency::*> ps[] = {{"p50", &Latency::p50}, {"p95", &Latency::p95}, {"p99", &Latency::p99}};
    for (const auto& [name, field] : ps) print_row(std::string("search ") + name + " ms", project.search.wall.*field, baseline.search.wall.*field, true);
    for (const auto& [name, field] : ps) print_row(std::string("search CPU ") + name + " ms", project.search.cpu.*field, baseline.search.cpu.*field, true);
    for (const auto& [name, field] : ps) print_row(std::string("match ") + name + " ms", project.match.wall.*field, baseline.match.wall.*field, true);
    for (const auto& [name, field] : ps) print_row(std::string("match CPU ") + name + " ms", project.match.cpu.*field, baseline.match.cpu.*field, true);
    std::cout << "(" << queries_n << " queries, " << profiles_n << " profiles, " << passes << " measured passes after a warm-up; "
              << "baseline search = QueryParser OR query, baseline match = the profile's text as such a query)\n";
  }
  if (!json_out.empty()) {
    nlohmann::json line{{"label", label}, {"corpus", corpus}, {"project", to_json(project)}, {"baseline", to_json(baseline)},
                        {"index_only", index_only}, {"queries", queries_n}, {"profiles", profiles_n}};
    std::ofstream(json_out, std::ios::app) << line.dump() << "\n";
  }
  // Every query pass must have found something somewhere; an empty bank or broken search fails loudly.
  if (!index_only && (searched_with_hits == 0 || matched_with_hits == 0)) {
    std::cerr << "practice-bench: no query or no profile found any practice\n";
    return 1;
  }
  return 0;
}

// Real grant projects (title, organisation, region) as practices; nothing else is invented.
int titles(const fs::path& input, const fs::path& out_path) {
  std::ifstream in(input);
  if (!in) throw std::runtime_error("cannot read " + input.string());
  std::ofstream out(out_path);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    Practice p;
    p.id = j.at("id").get<std::string>();
    p.title = j.value("title", "");
    p.organization.name = j.value("organization", "");
    p.region = j.value("region", "");
    out << nlohmann::json(p).dump() << "\n";
    ++n;
  }
  std::cerr << "practice-bench: " << n << " titles written to " << out_path << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Benchmarks the practice bank against raw Xapian"};
  app.require_subcommand(1);
  std::string engine, input, db, report, label = "corpus", work = "bench-work", queries = PRACTICE_BENCH_DIR "/queries.tsv",
                                        profiles = PRACTICE_BENCH_DIR "/profiles.jsonl", json_out, out;
  bool index_only = false;
  int passes = 3;
  std::size_t first = 0;
  auto* index = app.add_subcommand("index", "(child) index one corpus with one engine");
  index->add_option("--engine", engine)->required()->check(CLI::IsMember({"project", "baseline"}));
  index->add_option("--input", input)->required();
  index->add_option("--db", db)->required();
  index->add_option("--report", report)->required();
  auto* run_cmd = app.add_subcommand("run", "index with both engines, query both, print figures and ratios");
  run_cmd->add_option("--input", input, "practices (.jsonl, .json, .txt or a folder)")->required();
  run_cmd->add_option("--label", label);
  run_cmd->add_option("--work", work, "scratch folder for the two indexes")->capture_default_str();
  run_cmd->add_option("--queries", queries, "TSV: query, region, target group")->capture_default_str();
  run_cmd->add_option("--profiles", profiles, "NGO profiles, JSON Lines")->capture_default_str();
  run_cmd->add_option("--passes", passes, "measured passes over the queries")->capture_default_str();
  run_cmd->add_option("--first", first, "only the first N queries and profiles (smoke runs)");
  run_cmd->add_flag("--index-only", index_only, "indexing and memory only");
  run_cmd->add_option("--json-out", json_out, "append the figures as one JSON line");
  auto* titles_cmd = app.add_subcommand("titles", "real grant projects → practice JSON Lines (titles only)");
  titles_cmd->add_option("--input", input)->required();
  titles_cmd->add_option("--out", out)->required();
  CLI11_PARSE(app, argc, argv);
  try {
    if (*index) return index_child(engine, input, db, report);
    if (*run_cmd) return run(label, input, work, queries, profiles, index_only, passes, first, json_out);
    return titles(input, out);
  } catch (const std::exception& e) {
    std::cerr << "practice-bench: error: " << e.what() << "\n";
    return 3;
  }
}
