#include <practice/error.hpp>

namespace practice {
namespace {
std::string located(const std::string& file, std::size_t line, const std::string& message) {
  std::string where = file.empty() ? std::string("<input>") : file;
  if (line > 0) where += ":" + std::to_string(line);
  return where + ": " + message;
}
}  // namespace

ParseError::ParseError(std::string file, std::size_t line, std::string message, std::string section)
    : Error(located(file, line, message)),
      file_(std::move(file)),
      line_(line),
      section_(std::move(section)),
      reason_(std::move(message)) {}

NotFound::NotFound(const std::string& id) : Error("no practice with id '" + id + "'"), id_(id) {}

}  // namespace practice
