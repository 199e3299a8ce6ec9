#include <iostream>

#include <practice/bank.hpp>
#include <practice/json.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_similar(const SimilarArgs& a, std::ostream& out, std::ostream& err) {
  const Bank bank = Bank::open(a.db);
  const auto hits = bank.similar(a.id, a.limit);
  if (a.json) {
    nlohmann::json j{{"id", a.id}, {"results", hits}};
    add_shard_report(bank, j);
    out << j.dump(2) << "\n";
    return 0;
  }
  print_shard_warnings(bank, err);
  out << "Похожие на «" << bank.get(a.id).title << "»:\n\n";
  std::size_t n = 0;
  for (const auto& h : hits)
    out << ++n << ". " << h.title << "  [" << static_cast<int>(h.score * 100 + 0.5) << "%]\n   " << h.region << " · "
        << h.id << "\n";
  return 0;
}

}  // namespace practice::cli
