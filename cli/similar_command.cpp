#include <iostream>

#include <practice/bank.hpp>
#include <practice/json.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_similar(const SimilarArgs& a, std::ostream& out, std::ostream&) {
  const Bank bank = Bank::open(a.db);
  const auto hits = bank.similar(a.id, a.limit);
  if (a.json) {
    out << nlohmann::json{{"id", a.id}, {"results", hits}}.dump(2) << "\n";
    return 0;
  }
  out << "Похожие на «" << bank.get(a.id).title << "»:\n\n";
  std::size_t n = 0;
  for (const auto& h : hits)
    out << ++n << ". " << h.title << "  [" << static_cast<int>(h.score * 100 + 0.5) << "%]\n   " << h.region << " · "
        << h.id << "\n";
  return 0;
}

}  // namespace practice::cli
