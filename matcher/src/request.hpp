#pragma once
// The sentences of a profile's problem that say what the NGO wants to do, as opposed to the
// situation it describes ("Хотим, чтобы у ребят была работа" vs "в садик не берут").

#include <string>
#include <string_view>

namespace practice {

/// The sentences of `problem` stating an intention or a need, joined by spaces; empty if none.
std::string request_sentences(std::string_view problem);

}  // namespace practice
