// Hand-written NUnit tests (generators/csharp/templates/tests): the runtime converters on small
// local types, covering union shapes the Secure AI Studio spec does not use (no discriminator,
// allOf inheritance with a concrete base).
using System.Collections.Generic;
using Newtonsoft.Json;
using NUnit.Framework;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Tests
{
    [JsonConverter(typeof(PolymorphicJsonConverter))]
    [JsonSubtype(typeof(Circle))]
    [JsonSubtype(typeof(Square))]
    public abstract class Shape
    {
    }

    public class Circle : Shape
    {
        [JsonProperty("radius", Required = Required.Always)]
        public double Radius { get; set; }
    }

    public class Square : Shape
    {
        [JsonProperty("side", Required = Required.Always)]
        public double Side { get; set; }
    }

    [JsonConverter(typeof(PolymorphicJsonConverter))]
    [JsonDiscriminator("petType")]
    [JsonSubtype("Cat", typeof(Cat))]
    public class Pet
    {
        [JsonProperty("petType")]
        public string PetType { get; set; }

        [JsonProperty("name", Required = Required.Always)]
        public string Name { get; set; }
    }

    public class Cat : Pet
    {
        [JsonProperty("huntingSkill")]
        public string HuntingSkill { get; set; }
    }

    [TestFixture]
    public class RuntimeTests
    {
        [Test]
        public void UnionsWithoutDiscriminatorPickTheVariantTheJsonFits()
        {
            var shapes = SecureAIStudioJson.Deserialize<List<Shape>>(@"[{""side"":2},{""radius"":1.5}]");

            Assert.AreEqual(2.0, ((Square)shapes[0]).Side);
            Assert.AreEqual(1.5, ((Circle)shapes[1]).Radius);
        }

        [Test]
        public void UnionsWithoutDiscriminatorReportEveryVariantThatFailed()
        {
            var e = Assert.Throws<JsonSerializationException>(() => SecureAIStudioJson.Deserialize<Shape>(@"{""sides"":3}"));

            StringAssert.Contains("matches none of the Shape variants", e.Message);
            StringAssert.Contains("Circle:", e.Message);
            StringAssert.Contains("Square:", e.Message);
        }

        [Test]
        public void ConcreteBaseWithDiscriminatorStandsForItselfWhenNoSubtypeIsNamed()
        {
            var cat = SecureAIStudioJson.Deserialize<Pet>(@"{""petType"":""Cat"",""name"":""Tom"",""huntingSkill"":""lazy""}");
            var other = SecureAIStudioJson.Deserialize<Pet>(@"{""petType"":""Parrot"",""name"":""Polly""}");

            Assert.AreEqual("lazy", ((Cat)cat).HuntingSkill);
            Assert.AreEqual(typeof(Pet), other.GetType());
            Assert.AreEqual("Polly", other.Name);
        }

        [Test]
        public void NonObjectJsonForAUnionIsRejectedWithItsPath()
        {
            var e = Assert.Throws<JsonSerializationException>(() => SecureAIStudioJson.Deserialize<List<Shape>>(@"[42]"));

            StringAssert.Contains("Expected a JSON object for Shape at '[0]'", e.Message);
        }
    }
}
