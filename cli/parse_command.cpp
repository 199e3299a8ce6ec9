#include <iostream>

#include <practice/json.hpp>
#include <practice/loader.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_parse(const ParseArgs& a, std::ostream& out, std::ostream& err) {
  std::size_t failed = 0;
  for (const auto& input : a.inputs)
    load_path(
        input, [&](LoadedPractice&& lp) { out << nlohmann::json(lp.practice).dump() << "\n"; },
        [&](LoadError&& e) {
          ++failed;
          err << "practice: " << e.to_string() << "\n";
        });
  return failed ? 1 : 0;
}

}  // namespace practice::cli
