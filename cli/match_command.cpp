#include <fstream>
#include <iostream>
#include <sstream>

#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/matcher.hpp>

#include "commands.hpp"

namespace practice::cli {
namespace {

const char* signal_label(const std::string& s) {
  if (s == "need") return "проблема";
  if (s == "target") return "целевая группа";
  if (s == "region") return "регион";
  if (s == "capacity") return "ресурсы";
  if (s == "evidence") return "доказательность";
  if (s == "similarity") return "сходство с первой";
  return "сигнал";
}

void print_human(const MatchResults& r, std::ostream& out) {
  for (const auto& n : r.notes) out << "(" << n << ")\n";
  if (!r.notes.empty()) out << "\n";
  std::size_t i = 0;
  for (const auto& rec : r.results) {
    const auto& ex = rec.explanation;
    out << ++i << ". " << rec.title << "  [" << static_cast<int>(rec.score * 100 + 0.5) << "%]\n";
    out << "   " << rec.organization << " · " << rec.region << " · " << rec.id << "\n";
    out << "   Почему:";
    for (std::size_t k = 0; k < ex.signals.size(); ++k)
      out << (k ? "; " : " ") << signal_label(ex.signals[k].signal) << " " << static_cast<int>(ex.signals[k].value * 100 + 0.5) << "%";
    out << "\n";
    for (const auto& s : ex.signals)
      for (const auto& e : s.evidence) out << "     · " << e << "\n";
    for (const auto& q : ex.quotes) out << "     » " << q << "\n";
    if (!ex.gaps.empty()) {
      out << "   Что ещё понадобится:";
      for (std::size_t k = 0; k < ex.gaps.size(); ++k) out << (k ? "; " : " ") << ex.gaps[k];
      out << "\n";
    }
    if (!ex.difficulties.empty()) out << "   Трудности авторов: " << ex.difficulties << "\n";
    if (!ex.contact.empty()) out << "   Контакт: " << ex.contact << "\n";
    out << "\n";
  }
}

}  // namespace

int run_match(const MatchArgs& a, std::ostream& out, std::ostream& err) {
  const Bank bank = Bank::open(a.db);
  MatchOptions options;
  options.limit = a.limit;
  if (!a.weights.empty()) {
    std::ifstream in(a.weights);
    if (!in) throw InvalidArgument("cannot read weights file " + a.weights);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (find_deep_nesting(text)) throw InvalidArgument("weights file " + a.weights + ": JSON nested too deep");
    const auto weights = nlohmann::json::parse(text, nullptr, false, true);
    if (weights.is_discarded()) throw InvalidArgument("weights file " + a.weights + " is not valid JSON");
    options.weights = weights_from_json(weights);
  }
  if (!a.batch.empty()) {
    int status = 0;
    for_each_batch_line(a.batch, [&](const std::string& line, std::size_t number) {
      try {
        const Profile profile = parse_profile(line, a.batch + ":" + std::to_string(number));
        nlohmann::json j = match(bank, profile, options);
        add_shard_report(bank, j);
        out << j.dump() << "\n";
      } catch (const Error& e) {
        out << nlohmann::json{{"line", number}, {"error", e.what()}, {"results", nlohmann::json::array()}}.dump() << "\n";
        status = 1;
      }
    });
    return status;
  }
  const Profile profile = load_profile(a.profile);
  const MatchResults r = match(bank, profile, options);
  if (a.json) {
    nlohmann::json j = r;
    add_shard_report(bank, j);
    out << j.dump(2) << "\n";
  } else {
    print_shard_warnings(bank, err);
    print_human(r, out);
  }
  return 0;
}

}  // namespace practice::cli
