#pragma once
/// @file html.hpp

#include <string>
#include <string_view>

namespace practice {

/// Escapes &, <, > and " for HTML text and attribute values.
std::string escape_html(std::string_view s);

}  // namespace practice
