package org.moneymen.web;

import java.util.Map;

/**
 * What the page sends to load or run a scenario: a shipped one by name, or an uploaded file's text, with the
 * parameters changed in the form.
 *
 * @param scenario the name of a shipped scenario, or null
 * @param yaml the text of an uploaded scenario, or null
 * @param fileName the uploaded file's name, for error messages
 * @param overrides changed parameters, path to value as written in a scenario file
 */
record RunRequest(String scenario, String yaml, String fileName, Map<String, String> overrides) {
}
