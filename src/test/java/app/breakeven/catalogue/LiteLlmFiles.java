package app.breakeven.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * LiteLLM price files of any size, shaped like the real {@code model_prices_and_context_window.json}
 * (2,967 entries in late 2026): mostly chat models, with completion, embedding, image, audio,
 * rerank and moderation entries; whole numbers sometimes written as decimals; a few prices per
 * request entered per token (hundreds of dollars per token); some entries with no output price
 * or a price in words. Seeded: the same size and seed give the same file.
 */
public final class LiteLlmFiles {

    private static final String[] PROVIDERS = {
        "openai",
        "azure",
        "bedrock",
        "vertex_ai",
        "anthropic",
        "openrouter",
        "together_ai",
        "deepinfra",
        "groq",
        "mistral",
        "fireworks_ai",
        "wandb"
    };

    /** Modes by weight, roughly the real file's mix: twelve chat entries to each of the others. */
    private static final String[] MODES = java.util.stream.Stream.concat(
                    java.util.Collections.nCopies(12, "chat").stream(),
                    java.util.Arrays.asList(
                            "completion",
                            "embedding",
                            "embedding",
                            "image_generation",
                            "audio_transcription",
                            "rerank",
                            "moderation",
                            null)
                            .stream())
            .toArray(String[]::new);

    private LiteLlmFiles() {}

    /** What one generated file holds, to check an import against. */
    public record Generated(byte[] json, int entries, int importable, int text, int flagged) {}

    public static Generated generate(int entries, long seed) {
        var random = new Random(seed);
        var json = new StringBuilder("{\n  \"sample_spec\": {\"mode\": \"one of chat, embedding, completion\"}");
        int importable = 0;
        int text = 0;
        int flagged = 0;
        for (int i = 0; i < entries; i++) {
            String provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
            String mode = MODES[random.nextInt(MODES.length)];
            String name = provider + "/generated-model-" + seed + "-" + i;
            json.append(",\n  \"").append(name).append("\": {");
            json.append("\"litellm_provider\": \"").append(provider).append('"');
            if (mode != null) {
                json.append(", \"mode\": \"").append(mode).append('"');
            }
            int kind = random.nextInt(100);
            if (kind < 4) {
                // No output price: cannot be imported.
                json.append(", \"input_cost_per_token\": 1e-07}");
                continue;
            }
            if (kind < 5) {
                json.append(", \"output_cost_per_token\": \"cheap\"}");
                continue;
            }
            double input = (random.nextInt(2000) + 1) / 1e9;
            double output = input * (2 + random.nextInt(4));
            boolean implausible = kind < 7;
            if (implausible) {
                // A per-request price entered per token: thousands of dollars per 1M tokens.
                output = (random.nextInt(500) + 5) / 1000.0;
            }
            json.append(String.format(
                    Locale.ROOT,
                    ", \"input_cost_per_token\": %s, \"output_cost_per_token\": %s",
                    Double.toString(input),
                    Double.toString(output)));
            int context = 4096 << random.nextInt(10);
            // Some whole numbers come as decimals, as LiteLLM writes them: 2000000.0.
            json.append(", \"max_input_tokens\": ").append(random.nextBoolean() ? context + ".0" : context);
            json.append(", \"supports_vision\": ").append(random.nextBoolean()).append('}');
            importable++;
            if (mode == null || mode.equals("chat") || mode.equals("completion")) {
                text++;
            }
            if (implausible) {
                flagged++;
            }
        }
        json.append("\n}\n");
        return new Generated(json.toString().getBytes(StandardCharsets.UTF_8), entries, importable, text, flagged);
    }
}
