package org.vaka.protocol.dc09;

/**
 * How an AES key was entered. Panels disagree (Hikvision: hex digits, Ajax and Home Assistant: the ASCII
 * characters themselves), so the notation belongs to the account's configuration, not to the key bytes.
 */
public enum KeyFormat { HEX, TEXT }
