#pragma once
// The fuzz targets as plain functions: the libFuzzer programs (fuzz_*.cpp) call them, and the
// Catch2 replay test (tests/fuzz/replay_test.cpp) runs them on every saved crashing input.
// Each feeds arbitrary bytes to one reader and lets only practice::Error (a clear message
// about bad input) pass silently; anything else — a crash, a sanitizer report, another
// exception type — is a bug.

#include <string_view>

namespace practice::fuzz {

/// Template text (.txt) through the loader, then validation of what was read.
void template_parser(std::string_view data);
/// The same bytes as JSON Lines and as a JSON file.
void json_loader(std::string_view data);
/// Word documents (.docx) through the loader: the ZIP and XML readers and their size limits.
void docx_reader(std::string_view data);
/// An NGO profile (JSON) as `match --profile` reads it.
void profile_loader(std::string_view data);
/// A search query against a small bank built once from the shipped corpus.
void query(std::string_view data);

}  // namespace practice::fuzz
