#include "harness.h"
int main(int argc, char **argv) { chronik_bin = argv[1]; TEST_DONE(); }
