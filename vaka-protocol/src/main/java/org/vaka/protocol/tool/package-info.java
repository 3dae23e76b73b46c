/** Command-line tools; {@link org.vaka.protocol.tool.DecodeCommand} is the jar's main class. */
package org.vaka.protocol.tool;
