#include "app/WitherServer.h"

int main(int argc, char** argv) {
    return wither::app::WitherServer::runFromCommandLine(argc, argv);
}
