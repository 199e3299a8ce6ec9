#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/json.hpp>

#include "commands.hpp"

namespace practice::cli {

void for_each_batch_line(const std::string& path, const std::function<void(const std::string&, std::size_t)>& on_line) {
  std::ifstream file;
  if (path != "-") {
    file.open(path);
    if (!file) throw InvalidArgument("cannot read batch file " + path);
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") != std::string::npos) on_line(line, number);
  }
}

void add_shard_report(const Bank& bank, nlohmann::json& result) {
  const auto shards = bank.shards();
  if (shards.empty()) return;
  result["shards"] = shards;
  auto& warnings = result["warnings"];
  if (!warnings.is_array()) warnings = nlohmann::json::array();
  for (const auto& w : bank.warnings()) warnings.push_back(w);
}

void print_shard_warnings(const Bank& bank, std::ostream& err) {
  for (const auto& w : bank.warnings()) err << "! " << w << "\n";
}

bool is_terminal(std::ostream& os) {
  if (&os == &std::cout) return ::isatty(STDOUT_FILENO) != 0;
  if (&os == &std::cerr) return ::isatty(STDERR_FILENO) != 0;
  return false;
}

std::string render_snippet(const std::string& html, bool ansi) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    auto at = [&](std::string_view s) { return html.compare(i, s.size(), s) == 0; };
    if (at("<b>")) { out += ansi ? "\033[1m" : ""; i += 3; }
    else if (at("</b>")) { out += ansi ? "\033[0m" : ""; i += 4; }
    else if (at("&amp;")) { out += '&'; i += 5; }
    else if (at("&lt;")) { out += '<'; i += 4; }
    else if (at("&gt;")) { out += '>'; i += 4; }
    else if (at("&quot;")) { out += '"'; i += 6; }
    else out += html[i++];
  }
  return out;
}

}  // namespace practice::cli
