#include "app/LoggingSubsystem.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>

namespace wither::app {

void LoggingSubsystem::configure(const std::string& level) {
    Poco::AutoPtr<Poco::PatternFormatter> formatter(new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %p %s: %t"));
    formatter->setProperty("times", "UTC");
    Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel);
    Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(formatter, console));
    const std::string pocoLevel = level == "info" ? "information" : level;
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(pocoLevel);
    // Loggers created before this point keep their own copy of channel and level.
    Poco::Logger::setChannel("", channel);
    Poco::Logger::setLevel("", Poco::Logger::parseLevel(pocoLevel));
}

void LoggingSubsystem::initialize(Poco::Util::Application&) {
    configure(m_settings.logLevel);
}

} // namespace wither::app
