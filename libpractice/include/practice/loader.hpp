#pragma once
/// @file loader.hpp
/// Reads practices from files and folders: JSON (an object or an array), JSON Lines (streamed
/// one record at a time), template text (.txt, .md) and Word documents of the template (.docx,
/// also recognised by content). A record that cannot be read becomes a
/// LoadError with its file and line; the others still load.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <practice/model.hpp>
#include <practice/template_parser.hpp>

namespace practice {

/// Largest description read: a template file, a JSON Lines record or a single JSON object.
/// Real descriptions are a few pages; anything bigger is rejected unread, which bounds memory
/// and time (a JSON array file may be larger: its records are checked one by one).
inline constexpr std::size_t max_description_bytes = 16u << 20;

struct LoadError {
  std::string file;
  std::size_t line = 0;  ///< 1-based; 0 when the error concerns the whole file
  std::string message;   ///< Russian, for the person who wrote the file
  bool operator==(const LoadError&) const = default;
  std::string to_string() const;  ///< "file:line: message"
};

/// A practice as read, with where its template sections were (empty for JSON).
struct LoadedPractice {
  Practice practice;
  std::vector<SectionLine> sections;
};

/// Called for each practice read; ids are filled (derived when absent).
using PracticeSink = std::function<void(LoadedPractice&&)>;
using ErrorSink = std::function<void(LoadError&&)>;

/// Reads one file or, recursively and in name order, every .json/.jsonl/.txt/.md/.docx file in
/// a folder (README files and Word's "~$" lock files are skipped). "-" reads standard input (JSON, JSON Lines or template).
void load_path(const std::filesystem::path& input, const PracticeSink& on_practice, const ErrorSink& on_error);

/// Reads practices from in-memory text; `name` decides the format by extension and names the
/// source in errors.
void load_text(std::string_view text, const std::string& name, const PracticeSink& on_practice,
               const ErrorSink& on_error);

/// Called for each record of JSON Lines text with its 1-based line number.
using JsonLineSink = std::function<void(const nlohmann::json&, std::size_t line)>;

/// Parses JSON Lines text line by line; blank lines are skipped; a line that is too big, too
/// deeply nested, not UTF-8, not JSON or holds a number beyond double goes to `on_error` with its
/// line. `first_line` numbers the text's first line (a chunk of a longer file).
void for_each_json_line(std::string_view text, const std::string& name, const JsonLineSink& on_record,
                        const ErrorSink& on_error, std::size_t first_line = 1);

/// The bytes of one input file, "-" meaning standard input (named "<stdin>"); nullopt after
/// reporting to `on_error` a file that is missing or unreadable.
std::optional<std::string> read_input(const std::filesystem::path& input, const ErrorSink& on_error);

struct LoadResult {
  std::vector<LoadedPractice> practices;
  std::vector<LoadError> errors;
};

/// Everything from several inputs, collected.
LoadResult load_paths(const std::vector<std::filesystem::path>& inputs);

}  // namespace practice
