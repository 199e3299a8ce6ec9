#include <iostream>

#include <practice/bank.hpp>
#include <practice/field.hpp>
#include <practice/json.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_show(const ShowArgs& a, std::ostream& out, std::ostream& err) {
  const Bank bank = Bank::open(a.db);
  const Practice p = bank.get(a.id);
  print_shard_warnings(bank, err);
  if (a.json) {
    out << nlohmann::json(p).dump(2) << "\n";
    return 0;
  }
  int n = 0;
  for (Field f : all_fields) {
    out << ++n << ". " << field_heading(f) << "\n" << field_text(p, f) << "\n\n";
  }
  return 0;
}

}  // namespace practice::cli
