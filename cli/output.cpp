#include <iostream>
#include <string>
#include <unistd.h>

#include "commands.hpp"

namespace practice::cli {

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
