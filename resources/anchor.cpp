// The resource library's only compiled source; the resources themselves are
// object libraries that qt_add_resources() attaches to every consumer.
int voorzetResourcesAnchor = 0;
