#include <practice/loader.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include <practice/docx.hpp>
#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/practice_id.hpp>
#include <practice/text/normalize.hpp>
#include <practice/utf8.hpp>

namespace practice {
namespace fs = std::filesystem;
namespace {

enum class Format { json, jsonl, text, docx };

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

Format sniff(std::string_view text, const std::string& name) {
  const std::string ext = lower_extension(name);
  if (ext == ".docx" || looks_like_zip(text)) return Format::docx;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::jsonl;
  if (ext == ".json") return Format::json;
  if (ext == ".txt" || ext == ".md") return Format::text;
  const std::string_view body = text::trim(text);
  if (!body.empty() && (body.front() == '{' || body.front() == '[')) {
    const auto nl = body.find('\n');
    return body.front() == '{' && nl != std::string_view::npos && text::trim(body.substr(0, nl)).back() == '}'
               ? Format::jsonl
               : Format::json;
  }
  return Format::text;
}

void finish(Practice& p) {
  if (p.id.empty()) p.id = derive_id(p);
  if (p.id.size() > max_id_bytes)
    throw InvalidArgument("поле \"id\": длиннее " + std::to_string(max_id_bytes) + " байт");
}

constexpr const char* out_of_range_number = "число вне допустимого диапазона (например, 1e999)";

std::string megabytes(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " МБ"; }

std::string too_big(std::size_t bytes) {
  return "описание слишком большое (" + megabytes(bytes) + ", предел " + megabytes(max_description_bytes) + "); не прочитано";
}

// UTF-16 with a byte order mark, or without one: ASCII text then has every other byte zero.
bool looks_utf16(std::string_view text) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) return true;
  const std::size_t n = std::min<std::size_t>(text.size(), 64) & ~std::size_t{1};
  if (n < 4) return false;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += text[i] == '\0';
    odd += text[i + 1] == '\0';
  }
  const std::size_t half = n / 2;  // bytes of each parity looked at
  return (even * 2 >= half && odd == 0) || (odd * 2 >= half && even == 0);
}

// Errors that concern the whole text, whatever its format, before any parser sees it.
std::optional<LoadError> check_whole_text(std::string_view text, const std::string& name) {
  if (looks_utf16(text)) return LoadError{name, 1, "файл в кодировке UTF-16; сохраните его в UTF-8"};
  if (auto nul = text.find('\0'); nul != std::string_view::npos)
    return LoadError{name, line_of_offset(text, nul), "нулевой байт в байте " + std::to_string(nul) + "; это не текстовый файл"};
  return std::nullopt;
}

std::optional<LoadError> check_json_text(std::string_view text, const std::string& name, std::size_t line) {
  if (auto deep = find_deep_nesting(text))
    return LoadError{name, line ? line : line_of_offset(text, *deep),
                     "вложенность JSON глубже " + std::to_string(max_json_depth) + " уровней (байт " + std::to_string(*deep) + ")"};
  return std::nullopt;
}

void emit_json(const nlohmann::json& j, const std::string& name, std::size_t line, const PracticeSink& on_practice,
               const ErrorSink& on_error) {
  try {
    LoadedPractice lp{j.get<Practice>(), {}};
    lp.practice.source = name + ":" + std::to_string(line);
    finish(lp.practice);
    on_practice(std::move(lp));
  } catch (const InvalidArgument& e) {
    on_error({name, line, e.what()});
  } catch (const nlohmann::json::exception& e) {
    on_error({name, line, std::string("неверная запись: ") + e.what()});
  }
}

void load_jsonl(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error,
                std::size_t first_line = 1) {
  for_each_json_line(
      text, name, [&](const nlohmann::json& j, std::size_t line) { emit_json(j, name, line, on_practice, on_error); }, on_error,
      first_line);
}

void load_json(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  if (text.size() > max_description_bytes && text::trim(text).front() != '[') {
    on_error({name, 0, too_big(text.size())});
    return;
  }
  if (auto e = check_json_text(text, name, 0)) {
    on_error(std::move(*e));
    return;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    on_error({name, line_of_offset(text, offset), "файл не является корректным JSON (байт " + std::to_string(e.byte) + ")"});
    return;
  } catch (const nlohmann::json::exception&) {
    on_error({name, 0, out_of_range_number});
    return;
  }
  if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) {
      emit_json(j[i], name, 0, on_practice, [&](LoadError&& e) {
        e.message = "элемент " + std::to_string(i + 1) + ": " + e.message;
        on_error(std::move(e));
      });
    }
  } else if (j.is_object()) {
    emit_json(j, name, 1, on_practice, on_error);
  } else {
    on_error({name, 1, "ожидается объект практики или список объектов"});
  }
}

void load_template(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  if (text.size() > max_description_bytes) {
    on_error({name, 0, too_big(text.size())});
    return;
  }
  try {
    for (auto& doc : parse_template(text, name)) {
      LoadedPractice lp{std::move(doc.practice), std::move(doc.sections)};
      try {
        finish(lp.practice);
      } catch (const InvalidArgument& e) {
        on_error({name, doc.first_line, e.what()});
        continue;
      }
      on_practice(std::move(lp));
    }
  } catch (const ParseError& e) {
    on_error({e.file(), e.line(), e.reason()});
  }
}

void load_docx(std::string_view bytes, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  try {
    for (auto& doc : parse_docx(bytes, name)) {
      LoadedPractice lp{std::move(doc.practice), std::move(doc.sections)};
      finish(lp.practice);
      on_practice(std::move(lp));
    }
  } catch (const ParseError& e) {
    on_error({e.file(), e.line(), e.reason()});
  }
}

bool loadable(const fs::path& p) {
  const std::string ext = lower_extension(p);
  const std::string stem = p.stem().string();
  if (stem == "README" || stem == "readme" || stem.rfind('.', 0) == 0) return false;
  if (stem.rfind("~$", 0) == 0) return false;  // Word's lock file beside an open document
  return ext == ".json" || ext == ".jsonl" || ext == ".ndjson" || ext == ".txt" || ext == ".md" || ext == ".docx";
}

}  // namespace

void for_each_json_line(std::string_view text, const std::string& name, const JsonLineSink& on_record,
                        const ErrorSink& on_error, std::size_t first_line) {
  std::size_t line_no = first_line - 1;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto nl = text.find('\n', pos);
    const std::string_view line = text::trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (line.empty()) continue;
    if (line.size() > max_description_bytes) {
      on_error({name, line_no, too_big(line.size())});
      continue;
    }
    if (auto e = check_json_text(line, name, line_no)) {
      on_error(std::move(*e));
      continue;
    }
    if (auto bad = find_invalid_utf8(line)) {
      on_error({name, line_no, "недопустимая последовательность UTF-8 в байте " + std::to_string(*bad) + " строки"});
      continue;
    }
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      on_error({name, line_no, "строка не является корректным JSON (байт " + std::to_string(e.byte) + " строки)"});
      continue;
    } catch (const nlohmann::json::exception&) {  // out_of_range: a number beyond double, "1e999"
      on_error({name, line_no, out_of_range_number});
      continue;
    }
    on_record(j, line_no);
  }
}

std::string LoadError::to_string() const {
  std::string where = file;
  if (line > 0) where += ":" + std::to_string(line);
  return where + ": " + message;
}

void load_text(std::string_view text, const std::string& name, const PracticeSink& on_practice, const ErrorSink& on_error) {
  if (text::trim(text).empty()) {
    on_error({name, 0, "файл пуст"});
    return;
  }
  const Format format = sniff(text, name);
  if (format != Format::docx)  // a Word document is a binary ZIP: its own reader checks it
    if (auto e = check_whole_text(text, name)) {
      on_error(std::move(*e));
      return;
    }
  switch (format) {
    case Format::jsonl: {
      if (auto bad = find_invalid_utf8(text)) {
        on_error({name, line_of_offset(text, *bad), "недопустимая последовательность UTF-8 в байте " + std::to_string(*bad)});
        return;
      }
      load_jsonl(text, name, on_practice, on_error);
      return;
    }
    case Format::json: load_json(text, name, on_practice, on_error); return;
    case Format::text: load_template(text, name, on_practice, on_error); return;
    case Format::docx: load_docx(text, name, on_practice, on_error); return;
  }
}

std::optional<std::string> read_input(const fs::path& input, const ErrorSink& on_error) {
  if (input == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    on_error({input.string(), 0, fs::exists(input) ? "файл не удаётся прочитать" : "файл не найден"});
    return std::nullopt;
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

namespace {

// JSON Lines files bigger than this are read a chunk of whole lines at a time, so a national
// dataset of millions of records loads in constant memory. Smaller files are read whole, and a
// file with broken UTF-8 or UTF-16 is refused whole; in a streamed file each bad line is reported
// and skipped like any malformed line.
constexpr std::size_t jsonl_chunk_bytes = 16u << 20;

bool streamed_jsonl(const fs::path& input) {
  std::error_code ec;
  const std::string ext = lower_extension(input);
  return (ext == ".jsonl" || ext == ".ndjson") && fs::is_regular_file(input, ec) &&
         fs::file_size(input, ec) > jsonl_chunk_bytes && !ec;
}

void stream_jsonl(const fs::path& input, const PracticeSink& on_practice, const ErrorSink& on_error) {
  const std::string name = input.string();
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    on_error({name, 0, "файл не удаётся прочитать"});
    return;
  }
  std::string chunk, rest;
  std::size_t first_line = 1;
  for (bool first = true;; first = false) {
    chunk = std::move(rest);
    rest.clear();
    const std::size_t have = chunk.size();
    chunk.resize(have + jsonl_chunk_bytes);
    in.read(chunk.data() + have, static_cast<std::streamsize>(jsonl_chunk_bytes));
    chunk.resize(have + static_cast<std::size_t>(in.gcount()));
    if (chunk.empty()) return;
    if (first)
      if (auto e = check_whole_text(chunk, name)) {
        on_error(std::move(*e));
        return;
      }
    if (in) {  // more to come: keep the partial last line for the next chunk
      const auto nl = chunk.rfind('\n');
      if (nl != std::string::npos) {
        rest.assign(chunk, nl + 1);
        chunk.resize(nl + 1);
      } else {  // one line longer than a chunk: read on until its end
        rest = std::move(chunk);
        continue;
      }
    }
    load_jsonl(chunk, name, on_practice, on_error, first_line);
    first_line += static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    if (!in) return;
  }
}

}  // namespace

void load_path(const fs::path& input, const PracticeSink& on_practice, const ErrorSink& on_error) {
  std::error_code ec;
  if (fs::is_directory(input, ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(input, ec))
      if (entry.is_regular_file() && loadable(entry.path())) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) load_path(f, on_practice, on_error);
    return;
  }
  if (streamed_jsonl(input)) return stream_jsonl(input, on_practice, on_error);
  if (auto content = read_input(input, on_error)) load_text(*content, input == "-" ? "<stdin>" : input.string(), on_practice, on_error);
}

LoadResult load_paths(const std::vector<fs::path>& inputs) {
  LoadResult result;
  for (const auto& input : inputs)
    load_path(input, [&](LoadedPractice&& p) { result.practices.push_back(std::move(p)); },
              [&](LoadError&& e) { result.errors.push_back(std::move(e)); });
  return result;
}

}  // namespace practice
