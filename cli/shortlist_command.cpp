#include <fstream>
#include <iostream>

#include <practice/error.hpp>
#include <practice/shortlist.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_shortlist(const ShortlistArgs& a, std::ostream& out, std::ostream& err) {
  const Bank bank = Bank::open(a.db);
  ShortlistOptions o;
  o.region = a.region;
  o.theme = a.theme;
  o.target_group = a.target_group;
  o.count = a.count;
  if (!a.profile.empty()) o.profile = load_profile(a.profile);
  const auto practices = shortlist(bank, o);
  const std::string title = !a.title.empty() ? a.title
                            : "Сборник социальных практик" + (a.region.empty() ? std::string() : ": " + a.region);
  const std::string body = a.format == "csv"    ? export_csv(practices)
                           : a.format == "html" ? export_html(practices, title)
                                                : export_markdown(practices, title);
  if (a.output.empty()) {
    out << body;
  } else {
    std::ofstream file(a.output, std::ios::binary);
    if (!file) throw Error("cannot write " + a.output);
    file << body;
    err << "записано практик: " << practices.size() << " → " << a.output << "\n";
  }
  return 0;
}

}  // namespace practice::cli
