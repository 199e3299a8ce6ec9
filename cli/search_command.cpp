#include <iostream>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/json.hpp>

#include "commands.hpp"

namespace practice::cli {
namespace {

void print_human(const SearchResults& r, std::ostream& out, bool ansi) {
  for (const auto& w : r.warnings) out << "! " << w << "\n";
  if (r.relaxed) out << "Все слова запроса вместе не встречаются; показаны практики, где есть часть слов.\n";
  if (r.suggestion) out << "Возможно, вы искали: " << *r.suggestion << "\n";
  out << "Найдено: " << r.total << "\n\n";
  std::size_t n = 0;
  for (const auto& h : r.results) {
    out << ++n << ". " << h.title << "  [" << static_cast<int>(h.score * 100 + 0.5) << "%]\n";
    out << "   " << h.organization << " · " << h.region << " · " << h.id << "\n";
    if (!h.snippet.empty()) out << "   " << render_snippet(h.snippet, ansi) << "\n";
    out << "\n";
  }
}

}  // namespace

int run_search(const SearchArgs& a, std::ostream& out, std::ostream& err) {
  const Bank bank = Bank::open(a.db);
  SearchOptions o;
  o.region = a.region;
  o.federal_district = a.district;
  o.target_group = a.target_group;
  o.year = a.year;
  o.limit = a.limit;
  o.offset = a.offset;
  o.match_any = a.any;
  o.expand_synonyms = !a.no_thesaurus;
  o.sort = a.by_year ? SortOrder::year : SortOrder::relevance;

  if (!a.batch.empty()) {
    int status = 0;
    for_each_batch_line(a.batch, [&](const std::string& line, std::size_t) {
      try {
        out << nlohmann::json(bank.search(line, o)).dump() << "\n";
      } catch (const InvalidArgument& e) {
        out << nlohmann::json{{"query", line}, {"error", e.what()}, {"results", nlohmann::json::array()}}.dump() << "\n";
        status = 1;
      }
    });
    return status;
  }
  const SearchResults r = bank.search(a.query, o);
  if (a.json) out << nlohmann::json(r).dump(2) << "\n";
  else print_human(r, out, is_terminal(out));
  (void)err;
  return 0;
}

}  // namespace practice::cli
